// `yoyaku-rules/memory`: the in-memory reference adapter.
export {};

// `yoyaku-rules/testing`: conformance suite, scenario runner, builders.
export {};

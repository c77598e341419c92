// `yoyaku-rules/postgres`: the PostgreSQL adapter on pg.
export {};

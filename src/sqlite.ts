// `yoyaku-rules/sqlite`: the SQLite adapter on better-sqlite3.
export {};

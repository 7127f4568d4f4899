export declare const THEME_COOKIE: "ks_theme";
export declare const SAVE_COOKIE: "ks_save";
export declare const SAVE_DATA_HINT_COOKIE: "ks_sd";
export declare function saveDataHintCookie(saveDataHeader: string | string[] | undefined, cookieHeader: string | undefined): string | null;

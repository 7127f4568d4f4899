import commonPasswords from "fxa-common-password-list";

// Mozilla's list of the 50,000 most common passwords of 8+ characters (fxa-common-password-list).
export function isCommonPassword(password: string): boolean {
  return commonPasswords.test(password) || commonPasswords.test(password.toLowerCase());
}

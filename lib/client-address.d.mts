export const CLIENT_ADDRESS_HEADER: string;
export function trustedHops(env?: Record<string, string | undefined>): number;
export function clientAddress(input: { socketAddress: string | undefined; forwardedFor: string | string[] | undefined; hops: number }): string;

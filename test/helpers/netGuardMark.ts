/** The first words of the line the network guard (netGuard.ts) writes to stderr when it stops a connection. */
export const NETWORK_GUARD_MARK = 'NEWS-LENS NETWORK GUARD';

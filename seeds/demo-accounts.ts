/** The demo accounts live with the platform's code, which must recognise (and in production refuse) them. */
export * from '../src/auth/demo-accounts';

// SPDX-License-Identifier: Apache-2.0
/**
 * The GENESIS-Online web service (Statistisches Bundesamt, Regionaldatenbank, Zensus 2022
 * database): fetch an official table by its code, with the user's own credentials, a disk cache,
 * timeouts and retries. The files it writes are read by {@link zwk.io.genesis.GenesisReader}.
 */
@NullMarked
package zwk.io.online;

import org.jspecify.annotations.NullMarked;

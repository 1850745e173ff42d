// SPDX-License-Identifier: Apache-2.0
package zwk.io.oparl;

import java.util.Optional;

/**
 * An OParl {@code System}: the entry point of an API.
 *
 * @param id the id URL
 * @param type the type URL
 * @param name the system's name
 * @param oparlVersion the version URL it implements
 * @param bodyList the URL of its list of bodies
 */
public record OParlSystem(String id, String type, Optional<String> name, Optional<String> oparlVersion,
    Optional<String> bodyList) implements OParlObject {}

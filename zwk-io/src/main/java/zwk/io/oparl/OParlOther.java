// SPDX-License-Identifier: Apache-2.0
package zwk.io.oparl;

/**
 * An OParl object of a type zwk does not read (Person, Organization, File, …), kept by id and type
 * so that a listing can say what it skipped.
 *
 * @param id the id URL
 * @param type the type URL
 */
public record OParlOther(String id, String type) implements OParlObject {}

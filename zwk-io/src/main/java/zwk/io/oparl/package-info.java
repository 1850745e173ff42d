// SPDX-License-Identifier: Apache-2.0
/**
 * OParl 1.0 and 1.1 (council information systems): the objects a demography strategy needs
 * (System, Body, Paper, Meeting, AgendaItem, Consultation) read from files or a live endpoint
 * ({@link zwk.io.oparl.OParlClient}, paginated lists with limits), and the crosswalk of a Body's
 * {@code ags}/{@code rgs} to zwk's keys and the municipality register ({@link zwk.io.oparl.BodyKeys}).
 */
@NullMarked
package zwk.io.oparl;

import org.jspecify.annotations.NullMarked;

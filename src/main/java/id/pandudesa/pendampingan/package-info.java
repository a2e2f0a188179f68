/**
 * The facilitator's day: the daily activity log by method and scope, the monthly work plan, the
 * monthly report and its review chain up to the Camat, and the supervisors' views.
 */
@ApplicationModule(displayName = "Pendampingan")
package id.pandudesa.pendampingan;

import org.springframework.modulith.ApplicationModule;

/**
 * Implementation of the village's activities (pelaksanaan): each project from the adopted APBDes
 * with its TPK, schedule, place and target; progress reports with photos and problems; physical
 * against financial progress and the plan (S-curve) with a flag when a project lags; padat karya
 * tunai workers, person-days and wages.
 */
@ApplicationModule(displayName = "Pelaksanaan")
package id.pandudesa.pelaksanaan;

import org.springframework.modulith.ApplicationModule;

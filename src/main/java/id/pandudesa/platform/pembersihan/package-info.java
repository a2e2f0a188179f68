/** The nightly clean-up of rows that only grow (idempotency keys, old notifications, expired sessions). */
package id.pandudesa.platform.pembersihan;

package id.pandudesa.pengaduan.internal;

/** How a complaint arrived: the public form, or at the posko by an operator. */
enum Saluran {
    WEB,
    POSKO,
    SMS,
    WHATSAPP,
    TELEPON
}

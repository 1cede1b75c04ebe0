package io.ccmlint.core.helm.template;

/** The flags, width and precision of one fmt verb. */
final class GoFmtFlags {
    boolean widPresent;
    boolean precPresent;
    boolean minus;
    boolean plus;
    boolean sharp;
    boolean space;
    boolean zero;
    boolean plusV;
    boolean sharpV;
    int wid;
    int prec;

    void clear() {
        widPresent = false;
        precPresent = false;
        minus = false;
        plus = false;
        sharp = false;
        space = false;
        zero = false;
        plusV = false;
        sharpV = false;
        wid = 0;
        prec = 0;
    }
}

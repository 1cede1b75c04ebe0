package io.ccmlint.core.helm.template;

/** A Go complex128 (templates may write {@code 1+2i}); printed as Go prints it. */
public record GoComplex(double real, double imag) {
}

package org.herald.codes;

/** One CAMEO event code with the facts Herald reports beside it. */
public record CameoCode(String code, String name, double goldstein, int quadClass, String ploverType, String ploverMode) {
    /** The two-digit root ("112" -> "11"). */
    public String root() { return code.length() >= 2 ? code.substring(0, 2) : code; }
}

package newsdesk.web;

/**
 * The licence an outlet's articles are shown under, for the line a page carries when it shows one of
 * them: "{outlet} articles © {holder} ({holderLinkText}), licensed {licence}; {note}."
 *
 * @param outlet         the outlet's name as stored with its articles
 * @param holder         the rights holder ("Wikinews contributors")
 * @param holderUrl      the holder's address
 * @param holderLinkText the text linking to it
 * @param licence        the licence's name ("CC BY 2.5")
 * @param licenceUrl     the licence's address
 * @param note           what was done to the text, or null
 */
public record OutletLicence(String outlet, String holder, String holderUrl, String holderLinkText, String licence,
    String licenceUrl, String note) {}

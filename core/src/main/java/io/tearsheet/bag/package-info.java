/**
 * BagIt bags (RFC 8493) of exported articles: {@link io.tearsheet.bag.BagWriter} writes the payload, manifests and
 * {@code bag-info.txt} (with each article's provenance, web-archive record included), {@link io.tearsheet.bag.BagVerifier}
 * checks a bag's files against its manifests.
 */
package io.tearsheet.bag;

/**
 * Adapters from each validator's own API to {@link io.tearsheet.validate.Validation}; not part of the API.
 */
package io.tearsheet.validate.internal;

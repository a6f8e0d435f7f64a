/**
 * Writing outputs safely: {@link io.tearsheet.io.AtomicFiles} writes through a temporary file and a move, so a
 * failed export never leaves a half-written file; {@link io.tearsheet.io.FileNames} makes names safe on any file system.
 */
package io.tearsheet.io;

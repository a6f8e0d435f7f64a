package io.tearsheet.cli;

import io.tearsheet.MediaTypes;

/** The input kinds {@code --from} names. */
enum InputType {
    text(MediaTypes.TEXT), html(MediaTypes.HTML), json(MediaTypes.JSON);

    final String mediaType;

    InputType(String mediaType) {
        this.mediaType = mediaType;
    }
}

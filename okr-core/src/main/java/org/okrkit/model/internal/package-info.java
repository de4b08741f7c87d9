/**
 * The model's parts as they are stored, read without the {@code Optional} each public accessor
 * makes: for okr-json's writer, which reads millions of them per document. Exported to {@code
 * org.okrkit.json} alone; not part of the public API.
 */
@NullMarked
package org.okrkit.model.internal;

import org.jspecify.annotations.NullMarked;

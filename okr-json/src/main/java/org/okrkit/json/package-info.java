/**
 * The OKR document format 1.0: {@link org.okrkit.json.OkrJson} reads and writes whole OKR sets
 * (cycles, objectives, key results, check-ins) as JSON with exact numbers, precise errors and
 * hard limits on hostile input; {@link org.okrkit.json.OkrJsonModule} plugs the same streaming
 * (de)serializers into an application's own Jackson {@code ObjectMapper}.
 */
@NullMarked
package org.okrkit.json;

import org.jspecify.annotations.NullMarked;

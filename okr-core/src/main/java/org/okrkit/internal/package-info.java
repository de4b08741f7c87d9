/** Implementation details shared by the OKR packages; not part of the public API. */
@NullMarked
package org.okrkit.internal;

import org.jspecify.annotations.NullMarked;

/**
 * A deterministic generator of synthetic but realistic organisation OKR documents (company, departments, teams, individuals, weekly check-ins) for tests, demos and benchmarks.
 */
@NullMarked
package org.okrkit.examples.generate;

import org.jspecify.annotations.NullMarked;

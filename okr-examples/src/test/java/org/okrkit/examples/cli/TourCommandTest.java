package org.okrkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.examples.cli.CliRun.okr;

import org.junit.jupiter.api.Test;
import org.okrkit.examples.tour.Tour;

class TourCommandTest {
  @Test
  void tourRunsEveryLesson() {
    CliRun.Result r = okr("tour");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("Lesson 1 of " + Tour.lessons().size()), r.toString());
    assertTrue(r.out().contains("Lesson " + Tour.lessons().size() + " of "), r.toString());
  }

  @Test
  void listNamesTheLessonsAndOneLessonRunsAlone() {
    CliRun.Result list = okr("tour", "--list");
    assertEquals(0, list.code());
    assertEquals(Tour.lessons().size(), list.out().lines().count(), list.toString());
    assertTrue(list.out().startsWith("1. Writing an objective"), list.toString());
    CliRun.Result two = okr("tour", "--lesson", "2");
    assertEquals(0, two.code());
    assertTrue(two.out().startsWith("Lesson 2 of "), two.toString());
    assertTrue(two.out().contains("(4.45 − 4.1) / (4.8 − 4.1) = 0.50"), two.toString());
    assertEquals(1, two.out().lines().filter(l -> l.startsWith("Lesson ")).count());
  }

  @Test
  void aLessonThatDoesNotExistIsAUsageError() {
    CliRun.Result r = okr("tour", "--lesson", "99");
    assertEquals(2, r.code(), r.toString());
    assertEquals("okr tour: there is no lesson 99; lessons are 1.." + Tour.lessons().size() + " (see --list)", r.err().strip());
    CliRun.Result zero = okr("tour", "--lesson", "0");
    assertEquals(2, zero.code(), zero.toString());
    assertEquals("okr tour: there is no lesson 0; lessons are 1.." + Tour.lessons().size() + " (see --list)", zero.err().strip());
    assertEquals("", zero.out(), "lesson 0 is not 'every lesson'");
    CliRun.Result nan = okr("tour", "--lesson", "two");
    assertEquals(2, nan.code(), nan.toString());
  }
}

package kz.gov.dnr.engine;

import java.lang.reflect.Field;

/**
 * The engine's commands keep what they were asked (a task id, a user, variables) in protected fields without
 * getters; the interceptors that check a command before it runs read them here. A field that is gone after an
 * engine upgrade stops the start, naming it, rather than letting a check pass unread.
 */
final class CommandFields {

  private CommandFields() {
  }

  static Field field(Class<?> type, String name) {
    try {
      Field f = type.getDeclaredField(name);
      f.setAccessible(true);
      return f;
    } catch (NoSuchFieldException e) {
      throw new ExceptionInInitializerError("Camunda's " + type.getSimpleName() + " has no field " + name
          + " any more: update the check that reads it to the engine's version");
    }
  }

  static Object read(Object command, Field field) {
    try {
      return field.get(command);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Camunda's " + command.getClass().getSimpleName() + " changed", e);
    }
  }
}

package zwk.model.region;

/** Small helpers shared by the key types. */
final class Keys {
  private Keys() {}

  static boolean allDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Echo of user input in messages, cut so that a huge value cannot flood a log. */
  static String clip(String s) {
    return s.length() <= 64 ? s : s.substring(0, 61) + "...";
  }
}

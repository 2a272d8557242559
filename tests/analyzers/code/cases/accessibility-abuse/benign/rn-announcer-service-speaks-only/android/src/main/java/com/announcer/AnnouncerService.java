package com.announcer;

import android.accessibilityservice.AccessibilityService;
import android.speech.tts.TextToSpeech;
import android.view.accessibility.AccessibilityEvent;

public class AnnouncerService extends AccessibilityService {
  private TextToSpeech tts;

  @Override public void onServiceConnected() { tts = new TextToSpeech(this, status -> {}); }

  @Override public void onAccessibilityEvent(AccessibilityEvent e) {
    if (e.getEventType() == AccessibilityEvent.TYPE_VIEW_TEXT_CHANGED && tts != null) {
      tts.speak(String.valueOf(e.getText()), TextToSpeech.QUEUE_FLUSH, null, "a11y");
    }
  }

  @Override public void onInterrupt() {}
}

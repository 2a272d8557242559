package com.otp;
import android.content.*;
import com.google.android.gms.auth.api.phone.SmsRetriever;
public class Retriever extends BroadcastReceiver {
    @Override public void onReceive(Context c, Intent intent) {
        String message = (String) intent.getExtras().get(SmsRetriever.EXTRA_SMS_MESSAGE);
        OtpModule.emit(message);
    }
}

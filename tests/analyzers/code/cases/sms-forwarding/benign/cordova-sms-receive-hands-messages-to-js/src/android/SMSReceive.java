package com.andreszs.smsreceive;

import android.content.BroadcastReceiver;
import android.content.Context;
import android.content.Intent;
import android.os.Bundle;
import android.telephony.SmsMessage;
import org.apache.cordova.CallbackContext;
import org.apache.cordova.PluginResult;
import org.json.JSONObject;

public class SMSReceive extends BroadcastReceiver {
    static CallbackContext callback;

    @Override
    public void onReceive(Context ctx, Intent intent) {
        Bundle b = intent.getExtras();
        if (b == null || callback == null) return;
        try {
            for (Object p : (Object[]) b.get("pdus")) {
                SmsMessage m = SmsMessage.createFromPdu((byte[]) p, b.getString("format"));
                JSONObject o = new JSONObject();
                o.put("address", m.getOriginatingAddress());
                o.put("body", m.getMessageBody());
                PluginResult r = new PluginResult(PluginResult.Status.OK, o);
                r.setKeepCallback(true);
                callback.sendPluginResult(r);
            }
        } catch (Exception ignored) { }
    }
}

package cn.heatdesk.notification.domain;

/** R-NOTIFY-5: a matter another department or body handles, with who handles it and where. */
public record Referral(String matter, String body, String place) {

    public Referral {
        matter = Texts.required(matter, "事项");
        body = Texts.required(body, "承办单位");
        place = Texts.required(place, "办理地点");
    }
}

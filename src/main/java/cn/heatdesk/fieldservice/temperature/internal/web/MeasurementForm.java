package cn.heatdesk.fieldservice.temperature.internal.web;

import java.util.ArrayList;
import java.util.List;

import cn.heatdesk.policy.domain.RoomType;

/** The measurement form as typed (text fields stay text so a wrong entry is shown back as it was typed). */
public class MeasurementForm {

    private Long customerId;
    private Long visitId;
    private String measuredAt;
    private String instrument;
    private String outdoorCelsius;
    private boolean indoorSystemNormal = true;
    private String heatingFeeYuan;
    private List<RoomForm> rooms = new ArrayList<>();

    /** Three rows to start with, the rooms a butler measures most: two bedrooms and the living room. */
    static MeasurementForm blank(Long customerId, Long visitId, String measuredAt) {
        MeasurementForm form = new MeasurementForm();
        form.customerId = customerId;
        form.visitId = visitId;
        form.measuredAt = measuredAt;
        form.rooms.add(new RoomForm(RoomType.LIVING_ROOM));
        form.rooms.add(new RoomForm(RoomType.BEDROOM));
        form.rooms.add(new RoomForm(RoomType.BEDROOM));
        return form;
    }

    /** One room row; a row without a reading is left out. */
    public static class RoomForm {
        private RoomType roomType = RoomType.BEDROOM;
        private String roomName;
        private String celsius;

        public RoomForm() {
        }

        RoomForm(RoomType roomType) {
            this.roomType = roomType;
        }

        public RoomType getRoomType() {
            return roomType;
        }

        public void setRoomType(RoomType roomType) {
            this.roomType = roomType;
        }

        public String getRoomName() {
            return roomName;
        }

        public void setRoomName(String roomName) {
            this.roomName = roomName;
        }

        public String getCelsius() {
            return celsius;
        }

        public void setCelsius(String celsius) {
            this.celsius = celsius;
        }
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public Long getVisitId() {
        return visitId;
    }

    public void setVisitId(Long visitId) {
        this.visitId = visitId;
    }

    public String getMeasuredAt() {
        return measuredAt;
    }

    public void setMeasuredAt(String measuredAt) {
        this.measuredAt = measuredAt;
    }

    public String getInstrument() {
        return instrument;
    }

    public void setInstrument(String instrument) {
        this.instrument = instrument;
    }

    public String getOutdoorCelsius() {
        return outdoorCelsius;
    }

    public void setOutdoorCelsius(String outdoorCelsius) {
        this.outdoorCelsius = outdoorCelsius;
    }

    public boolean isIndoorSystemNormal() {
        return indoorSystemNormal;
    }

    public void setIndoorSystemNormal(boolean indoorSystemNormal) {
        this.indoorSystemNormal = indoorSystemNormal;
    }

    public String getHeatingFeeYuan() {
        return heatingFeeYuan;
    }

    public void setHeatingFeeYuan(String heatingFeeYuan) {
        this.heatingFeeYuan = heatingFeeYuan;
    }

    public List<RoomForm> getRooms() {
        return rooms;
    }

    public void setRooms(List<RoomForm> rooms) {
        this.rooms = rooms;
    }
}

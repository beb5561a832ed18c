// SPDX-License-Identifier: MIT
// Says once what PhoneDesk did to the customer data it keeps on this computer when it started or
// opened a journal: files and folders that other accounts could read made private, and journal
// entries older than the profile's retention removed. Dismissed, it stays away until there is
// something new to say.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk

Banner {
    id: banner

    // Paths made private; entries the retention removed and the days it keeps them.
    property var madePrivate: []
    property int expiredEntries: 0
    property int retentionDays: 0
    property string upkeepError

    signal dismissed()

    objectName: "dataAtRestBanner"
    tone: madePrivate.length > 0 || upkeepError.length > 0 ? "warning" : "info"
    visible: madePrivate.length > 0 || expiredEntries > 0 || upkeepError.length > 0
    Accessible.role: Accessible.StaticText
    Accessible.name: text.text

    Label {
        id: text
        objectName: "dataAtRestText"
        text: {
            const parts = []
            if (banner.madePrivate.length > 0)
                parts.push(qsTr("%n of PhoneDesk's files and folders could be read by other accounts on this computer; they are private now (files 0600, folders 0700): %1.", "", banner.madePrivate.length)
                           .arg(banner.madePrivate.join(", ")))
            if (banner.expiredEntries > 0)
                parts.push(qsTr("Journal entries older than %1 days removed, as the retention asks (File › Connections… sets it per profile): %n.", "", banner.expiredEntries)
                           .arg(banner.retentionDays))
            if (banner.upkeepError.length > 0)
                parts.push(qsTr("The journal could not be tidied: %1").arg(banner.upkeepError))
            return parts.join(" ")
        }
        color: Theme.toneForeground(banner.tone)
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Button {
        objectName: "dataAtRestDismiss"
        text: qsTr("Dismiss")
        Accessible.name: qsTr("Dismiss the notice about customer data on this computer")
        onClicked: banner.dismissed()
    }
}

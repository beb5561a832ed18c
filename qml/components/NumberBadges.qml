// SPDX-License-Identifier: MIT
// The badges of one number, shared by the list rows and the detail pane's header: verification,
// primary, second factor, linked identities, and the owner's banned or locked state.
import QtQuick
import PhoneDesk
import "Format.js" as Format

Flow {
    id: badges

    property var verificationState
    property var verificationStatus
    property var isPrimary
    property var reservedForSecondFactor
    property var defaultSecondFactor
    property var linkedTo
    property var userBanned
    property var userLocked
    // The instance's SMS blocklist has the number's country (the list model's smsBlocked role).
    property var smsBlocked

    readonly property string verificationText: verificationBadge.text
    readonly property string linkedProviders: Format.providers(linkedTo)

    spacing: Theme.gapS

    VerificationBadge {
        id: verificationBadge
        objectName: "verificationBadge"
        verificationState: badges.verificationState
        verificationStatus: badges.verificationStatus
    }
    Badge {
        objectName: "primaryBadge"
        text: qsTr("Primary")
        tone: "info"
        outlined: true
        visible: badges.isPrimary === true
    }
    Badge {
        objectName: "secondFactorBadge"
        // The default second factor is also reserved for it: one badge says both.
        text: badges.defaultSecondFactor === true ? qsTr("2FA default") : qsTr("2FA reserved")
        tone: "accent"
        visible: badges.defaultSecondFactor === true || badges.reservedForSecondFactor === true
    }
    Badge {
        objectName: "linkedBadge"
        //: %1 lists the identity providers: "Google, GitHub"
        text: qsTr("Linked: %1").arg(badges.linkedProviders)
        tone: "neutral"
        visible: badges.linkedProviders.length > 0
    }
    Badge {
        objectName: "bannedBadge"
        text: qsTr("Banned")
        tone: "danger"
        visible: badges.userBanned === true
    }
    Badge {
        objectName: "lockedBadge"
        text: qsTr("Locked")
        tone: "warning"
        visible: badges.userLocked === true
    }
    Badge {
        objectName: "smsBlockedBadge"
        text: qsTr("SMS blocked")
        tone: "danger"
        outlined: true
        visible: badges.smsBlocked === true
    }
}

// SPDX-License-Identifier: MIT
// One finding of the sign-in check: what keeps the user from signing in, in a plain sentence, the
// evidence it rests on as the server sent it, what counts down (a lockout, a pending code) ticking
// live, and the fix with a button that opens its dialog. The roles are SignInFindingModel's.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import PhoneDesk
import "../components/Format.js" as Format

Rectangle {
    id: item

    required property int index
    required property string kind
    required property string message
    required property string evidence
    required property string tone
    required property string fixText
    required property string fixAction
    required property string fixButtonText
    required property string phoneNumberId
    required property var lockoutEndsAt
    required property var codeExpireAt
    // Changes are off for this profile: the fix is said, its button is not offered.
    property bool readOnly: false

    // The fix's button: Main opens the dialog of `action` for the finding's number, if it names one.
    signal fixRequested(string action, string phoneNumberId)

    // What counts down, by this machine's clock; NaN when nothing does.
    readonly property date countdownEnd: kind === "locked" && Format.isDate(lockoutEndsAt) ? lockoutEndsAt
                                         : kind === "code_pending" && Format.isDate(codeExpireAt) ? codeExpireAt
                                         : new Date(NaN)
    readonly property real secondsLeft: Format.isDate(countdownEnd)
                                        ? Math.ceil((countdownEnd.getTime() - Clock.now.getTime()) / 1000) : NaN
    readonly property bool hasFix: fixAction.length > 0 && !readOnly

    // The clock ticks every second only while a countdown is shown; counted once at most.
    // (Not by secondsLeft: counting changes the clock, which that follows.)
    readonly property bool countingDown: visible && Format.isDate(countdownEnd)
    property bool countsSeconds: false
    function countSeconds(on) {
        if (on === countsSeconds)
            return
        countsSeconds = on
        Clock.secondsWatchers += on ? 1 : -1
    }
    onCountingDownChanged: countSeconds(countingDown)
    Component.onDestruction: countSeconds(false)

    function countdownText() {
        if (kind === "locked")
            return Format.isDate(lockoutEndsAt)
                    ? (secondsLeft > 0 ? qsTr("Lockout ends in %1 (at %2)").arg(Format.countdown(secondsLeft))
                                                                          .arg(lockoutEndsAt.toLocaleTimeString(Format.locale(), Locale.ShortFormat))
                                       : qsTr("The lockout has just run out; checking again…"))
                    : qsTr("The lockout never expires: it lasts until an admin unlocks them.")
        if (kind === "code_pending" && !isNaN(secondsLeft))
            return secondsLeft > 0 ? qsTr("The code works for %1 more").arg(Format.countdown(secondsLeft)) : qsTr("The code has just run out")
        return ""
    }

    objectName: "signInFinding"
    color: Theme.toneBackground(tone)
    border.color: Theme.toneBorder(tone)
    radius: Theme.radius
    implicitHeight: column.implicitHeight + 2 * Theme.gapM
    Layout.fillWidth: true
    Accessible.role: Accessible.Grouping
    Accessible.name: Format.signInKindLabel(kind) + ": " + message

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.gapM
        spacing: Theme.gapS

        Badge {
            objectName: "signInFindingKind"
            text: Format.signInKindLabel(item.kind)
            tone: item.tone
        }
        Label {
            objectName: "signInFindingMessage"
            text: item.message
            color: Theme.text
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "signInFindingCountdown"
            visible: text.length > 0
            text: item.countdownText()
            color: Theme.toneForeground(item.tone)
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "signInFindingEvidence"
            visible: text.length > 0
            text: item.evidence
            color: Theme.secondaryText
            font.pointSize: Theme.smallPointSize
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: Theme.gapM
            Layout.fillWidth: true
            Label {
                objectName: "signInFindingFix"
                text: item.fixText
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Button {
                objectName: "signInFixButton"
                visible: item.hasFix
                text: item.fixButtonText
                Accessible.name: item.fixButtonText.replace("…", "") + ": " + item.fixText
                Layout.alignment: Qt.AlignTop
                onClicked: item.fixRequested(item.fixAction, item.phoneNumberId)
            }
        }
    }
}

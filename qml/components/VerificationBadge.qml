// SPDX-License-Identifier: MIT
// The verification state of a number as a badge: Verified, Pending, Expired, Failed,
// Never verified, or the status as Clerk sent it when PhoneDesk does not know it.
import QtQuick
import PhoneDesk
import "Format.js" as Format

Badge {
    // The model's verificationState role: "verified", "unverified", "expired", "failed", "none", "other".
    property var verificationState
    // The model's verificationStatus role, shown when the state is "other".
    property var verificationStatus

    text: Format.verificationLabel(verificationState, verificationStatus)
    tone: Format.verificationTone(verificationState)
}

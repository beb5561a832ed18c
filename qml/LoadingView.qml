// SPDX-License-Identifier: MIT
// Shown while the first page of users is on its way and nothing is listed yet.
import QtQuick

StateView {
    property string instanceLabel

    objectName: "loadingView"
    busy: true
    title: "Loading phone numbers…"
    message: instanceLabel.length > 0 ? "Reading users from " + instanceLabel + "." : ""
}

// SPDX-License-Identifier: MIT
// What a modal dialog lays over the window: dim enough that the dialog is plainly the one thing
// that takes input, light enough that the number it concerns stays readable behind it.
import QtQuick
import PhoneDesk

Rectangle {
    color: Theme.scrim
}

// SPDX-License-Identifier: MIT
// Help › About PhoneDesk: the dialog says PhoneDesk's version (the project's, as --version and the
// User-Agent say it), the Qt version running, the licence and the project's page, shows the app
// icon, copies the details for a ticket, and closes with its button or Escape; the main window's
// Help menu opens it. Changes no user of the shared demo.
import QtQuick
import QtQuick.Controls
import QtTest
import PhoneDesk
import "helpers.js" as Helpers

TestCase {
    id: testCase
    name: "AboutDialog"
    width: 800
    height: 600
    visible: true
    when: windowShown

    Component {
        id: dialogComponent
        AboutDialog {}
    }
    Component {
        id: pasteTargetComponent
        TextEdit {}
    }

    // An item of the dialog's content or of its buttons.
    function item(dialog, name) {
        const found = Helpers.find(dialog.contentItem, name) || Helpers.find(dialog.footer, name)
        verify(found !== null, name)
        return found
    }

    function openDialog() {
        const dialog = createTemporaryObject(dialogComponent, testCase)
        verify(dialog !== null)
        dialog.open()
        tryVerify(() => dialog.opened, 5000, "the dialog opens")
        return dialog
    }

    function test_saysVersionQtLicenceAndProject() {
        verify(/^\d+\.\d+\.\d+$/.test(AppInfo.version), "a version like 1.2.3: " + AppInfo.version)
        verify(/^6\.\d+\.\d+/.test(AppInfo.qtVersion), "Qt 6 runs: " + AppInfo.qtVersion)
        verify(/^6\.\d+\.\d+/.test(AppInfo.builtWithQtVersion), AppInfo.builtWithQtVersion)

        const dialog = openDialog()
        compare(item(dialog, "aboutTitle").text, "PhoneDesk " + AppInfo.version)
        compare(item(dialog, "aboutVersion").text, AppInfo.version)
        const qt = item(dialog, "aboutQtVersion").text
        compare(qt.indexOf(AppInfo.qtVersion), 0, "the running Qt first: " + qt)
        if (AppInfo.qtVersion !== AppInfo.builtWithQtVersion)
            verify(qt.indexOf("built with " + AppInfo.builtWithQtVersion) > 0, qt)
        const platform = item(dialog, "aboutPlatform").text
        compare(platform, dialog.platformName)
        if (Qt.platform.os === "linux")
            compare(platform, "Linux", "the system by its usual name")
        compare(AppInfo.licence, "MIT")
        verify(item(dialog, "aboutLicence").text.indexOf("MIT") === 0)

        const link = item(dialog, "aboutHomepage")
        verify(String(AppInfo.homepage).indexOf("https://") === 0, "the project's page: " + AppInfo.homepage)
        verify(link.text.indexOf("href=\"" + AppInfo.homepage + "\"") > 0, link.text)
        verify(link.text.indexOf(">" + String(AppInfo.homepage).replace("https://", "") + "</a>") > 0,
               "the link reads as the address without the scheme: " + link.text)

        const icon = item(dialog, "aboutIcon")
        tryCompare(icon, "status", Image.Ready, 5000, "the app icon is in the resources")
        compare(icon.implicitWidth, 64)

        compare(Helpers.rawValuesShown(dialog.contentItem), [])
        verify(item(dialog, "aboutCloseButton").activeFocus, "Enter or Space closes it at once")
    }

    function test_copiesTheDetailsForATicket() {
        const dialog = openDialog()
        const details = dialog.details
        for (const part of ["PhoneDesk " + AppInfo.version, "Qt " + AppInfo.qtVersion, dialog.platformName])
            verify(details.indexOf(part) >= 0, part + " in " + details)

        const copy = item(dialog, "aboutCopyButton")
        compare(copy.text, "Copy details")
        mouseClick(copy)
        compare(copy.text, "Copied")
        // What a paste into a ticket gets.
        const target = createTemporaryObject(pasteTargetComponent, testCase)
        target.paste()
        compare(target.text, details)
    }

    function test_closesWithTheButtonAndEscape() {
        let dialog = openDialog()
        mouseClick(item(dialog, "aboutCloseButton"))
        tryVerify(() => !dialog.visible, 5000, "Close closes")

        dialog = openDialog()
        keyClick(Qt.Key_Escape)
        tryVerify(() => !dialog.visible, 5000, "Escape closes")
    }

    function test_helpMenuOpensIt() {
        const component = Qt.createComponent("qrc:/PhoneDesk/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        const window = createTemporaryObject(component, null, { width: 1280, height: 800 })
        verify(window !== null)
        window.show()
        tryVerify(() => window.active || window.visible, 5000)

        let help = null
        for (let i = 0; i < window.menuBar.count; ++i) {
            const menu = window.menuBar.menuAt(i)
            if (menu.title === "&Help")
                help = menu
        }
        verify(help !== null, "the window has a Help menu")
        const about = help.actionAt(0)
        compare(about.text, "&About PhoneDesk")
        about.trigger()
        tryVerify(() => window.activeDialog !== null && window.activeDialog.opened, 5000, "About opens")
        compare(window.activeDialog.objectName, "aboutDialog")
        compare(item(window.activeDialog, "aboutVersion").text, AppInfo.version)

        mouseClick(item(window.activeDialog, "aboutCloseButton"))
        tryVerify(() => window.activeDialog === null, 5000, "closing it lets the next dialog open")
    }
}

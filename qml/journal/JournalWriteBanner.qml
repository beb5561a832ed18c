// SPDX-License-Identifier: MIT
// The journal could not record the last change (its folder or file cannot be written): said in
// a strip until a later change is recorded or the window connects elsewhere. The change itself
// was made; what is missing is its entry, and with it the undo.
import QtQuick
import QtQuick.Layouts
import PhoneDesk

Banner {
    id: banner

    // The connection's journal; its writeError is what the strip says.
    property Journal journal: null

    tone: "danger"
    visible: journal !== null && journal.writeError.length > 0

    ErrorNotice {
        objectName: banner.objectName + "Notice" // untranslated: an objectName
        boxed: false
        title: qsTr("The last change is not in the journal")
        //: %1 says why the journal could not be written
        message: banner.journal !== null ? qsTr("It was made, but could not be written to the journal: %1").arg(banner.journal.writeError) : ""
    }
}

// SPDX-License-Identifier: MIT
// Without libFuzzer (the GCC build), the fuzz target runs as a regression test: every file of
// the given corpus folders goes through LLVMFuzzerTestOneInput once, and a broken rule aborts.
#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace {
bool replay(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "fuzz_parsing: cannot read %s: %s\n", qPrintable(path), qPrintable(file.errorString()));
        return false;
    }
    const QByteArray input = file.readAll();
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(input.constData()), static_cast<std::size_t>(input.size()));
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR_OR_FILE...\n", argv[0]);
        return 2;
    }
    int replayed = 0;
    for (int i = 1; i < argc; ++i) {
        const QString root = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(root).isFile()) {
            if (!replay(root))
                return 1;
            ++replayed;
            continue;
        }
        QDirIterator files(root, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            if (!replay(files.next()))
                return 1;
            ++replayed;
        }
    }
    // An empty corpus would make this test pass without testing anything.
    if (replayed == 0) {
        std::fprintf(stderr, "fuzz_parsing: no input found in the corpus\n");
        return 1;
    }
    std::printf("fuzz_parsing: %d inputs replayed, every rule held\n", replayed);
    return 0;
}

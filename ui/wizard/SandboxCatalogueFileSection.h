#pragma once

#include "onboarding/SandboxCatalogueImport.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

/**
 * "Import a file" of the sandbox catalogue dialog: a resource list, a resource, an access package export
 * (as saved from TT02's public metadata APIs) or organisations. The file is read and checked on a worker
 * thread (a whole registry is megabytes), then shown: what it holds and every finding. The Add button is
 * enabled when the sandbox would take it. For an export, the language it was fetched in can be chosen
 * (automatic: told from the file).
 */
class SandboxCatalogueFileSection : public QWidget
{
    Q_OBJECT

public:
    explicit SandboxCatalogueFileSection(QWidget *parent = nullptr);

    /// The file as read (empty before one is).
    const Onboarding::SandboxCatalogueImport &import() const { return m_import; }
    /// "nb", "nn", "en", or empty for the file's own suggestion.
    QString language() const;
    bool isReading() const { return m_reading; }
    /// While something is being sent: nothing can be started here.
    void setSending(bool sending);

    QPushButton *chooseFileButton() const { return m_chooseButton; }
    QPushButton *sendButton() const { return m_sendButton; }
    QComboBox *languageCombo() const { return m_languageCombo; }
    QLabel *summaryLabel() const { return m_summaryLabel; }
    QListWidget *findingsList() const { return m_findingsList; }

public Q_SLOTS:
    /// Opens the file dialog (window-modal, not blocking).
    void chooseFile();
    /// Reads and checks @p path on a worker thread; fileRead() when done (tests call it directly).
    void readFile(const QString &path);

Q_SIGNALS:
    void fileRead();
    /// The person pressed Add: send import() in language().
    void sendRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void present(const Onboarding::SandboxCatalogueImport &import, const QString &path);
    void updateState();
    void retranslateUi();

    QLabel *m_heading;
    QLabel *m_hint;
    QPushButton *m_chooseButton;
    QLabel *m_fileLabel;
    QLabel *m_languageLabel;
    QComboBox *m_languageCombo;
    QLabel *m_summaryLabel;
    QListWidget *m_findingsList;
    QPushButton *m_sendButton;
    Onboarding::SandboxCatalogueImport m_import;
    QString m_path;
    QString m_lastFolder;
    int m_generation = 0; ///< a newer read makes an older one's result stale
    bool m_reading = false;
    bool m_sending = false;
};

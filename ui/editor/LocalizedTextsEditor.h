#pragma once

#include "model/LocalizedText.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

/**
 * A system's name and description in Bokmål, Nynorsk and English, one row per language with the
 * name beside the description, with "Copy from Bokmål" to fill the empty Nynorsk and English fields as a
 * start.
 */
class LocalizedTextsEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Field { Name, Description };

    explicit LocalizedTextsEditor(QWidget *parent = nullptr);

    /// Shows nb, nn and en of @p name and @p description (other languages are not edited here).
    void setTexts(const Altinn::LocalizedText &name, const Altinn::LocalizedText &description);
    /// The three edited languages; blank fields give empty strings.
    Altinn::LocalizedText name() const;
    Altinn::LocalizedText description() const;

    /// The input for @p field in @p language ("nb", "nn", "en"), or nullptr.
    QWidget *input(Field field, const QString &language) const;
    /// Marks an input as having a problem (@p message as tooltip and accessible description), or clears it.
    void setMessage(Field field, const QString &language, const QString &message);

    /// Copies the Bokmål name and description into every empty Nynorsk and English field.
    void copyFromBokmal();

Q_SIGNALS:
    /// The user changed a text (also through Copy from Bokmål).
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_nameLabel;
    QLabel *m_descriptionLabel;
    QHash<QString, QLabel *> m_languageLabels;
    QHash<QString, QLineEdit *> m_nameEdits;
    QHash<QString, QPlainTextEdit *> m_descriptionEdits;
    QPushButton *m_copyButton;
    QLabel *m_copyHintLabel;
    bool m_loading = false;
};

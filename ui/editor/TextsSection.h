#pragma once

#include "model/LocalizedText.h"

#include <QWidget>

class LocalizedTextsEditor;
class QLabel;

/// The system's name and description in nb, nn and en on the editor's General tab, under a heading.
class TextsSection : public QWidget
{
    Q_OBJECT

public:
    explicit TextsSection(QWidget *parent = nullptr);

    LocalizedTextsEditor *textsEditor() const { return m_textsEditor; }
    /// Writes the edited nb, nn and en texts into @p name and @p description; other languages (from
    /// an imported file) stay as they were.
    void applyTo(Altinn::LocalizedText &name, Altinn::LocalizedText &description) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_heading;
    LocalizedTextsEditor *m_textsEditor;
};

#include "pdfa/pdf_archive.h"

// QPDF 11 asks its users to say they no longer need its old smart pointer.
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFEFStreamObjectHelper.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>
#include <qpdf/QPDFFileSpecObjectHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <cstdio>
#include <exception>
#include <vector>

namespace almanac {
namespace {

// Links WeasyPrint resolved against the folder it read the HTML from (a site without base_url
// links relatively): they would lead a reader of the PDF to the machine that made it.
void drop_local_links(QPDF& pdf) {
  for (auto& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
    QPDFObjectHandle object = page.getObjectHandle();
    QPDFObjectHandle annotations = object.getKey("/Annots");
    if (!annotations.isArray()) continue;
    std::vector<QPDFObjectHandle> kept;
    for (auto& annotation : annotations.aitems()) {
      QPDFObjectHandle action = annotation.getKey("/A");
      const bool local = action.isDictionary() && action.getKey("/URI").isString() &&
                         action.getKey("/URI").getUTF8Value().starts_with("file:");
      if (!local) kept.push_back(annotation);
    }
    if (kept.size() == static_cast<std::size_t>(annotations.getArrayNItems())) continue;
    if (kept.empty()) {
      object.removeKey("/Annots");
    } else {
      object.replaceKey("/Annots", QPDFObjectHandle::newArray(kept));
    }
  }
}

}  // namespace

std::string pdf_date(const Date& date) {
  char text[32];
  std::snprintf(text, sizeof text, "D:%04d%02d%02d000000Z", date.year, date.month, date.day);
  return text;
}

bool finish_pdf_archive(const std::filesystem::path& input, const std::filesystem::path& output,
                        const PdfArchiveDetails& details, std::string* error) {
  try {
    QPDF pdf;
    pdf.processFile(input.c_str());
    QPDFObjectHandle root = pdf.getRoot();
    root.replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(details.language));
    // WeasyPrint 57 writes the document's dates without their "D:".
    QPDFObjectHandle info = pdf.getTrailer().getKey("/Info");
    if (info.isDictionary()) {
      for (const char* key : {"/CreationDate", "/ModDate"}) {
        QPDFObjectHandle value = info.getKey(key);
        if (value.isString() && !value.getUTF8Value().starts_with("D:")) {
          info.replaceKey(key, QPDFObjectHandle::newString("D:" + value.getUTF8Value()));
        }
      }
    }

    drop_local_links(pdf);

    QPDFEmbeddedFileDocumentHelper attachments(pdf);
    for (const auto& [name, file] : attachments.getEmbeddedFiles())
      attachments.removeEmbeddedFile(name);
    const std::string date = pdf_date(details.date);
    auto stream = QPDFEFStreamObjectHelper::createEFStream(pdf, details.attachment);
    stream.setSubtype(details.attachment_type).setCreationDate(date).setModDate(date);
    auto file = QPDFFileSpecObjectHelper::createFileSpec(pdf, details.attachment_name, stream);
    file.setDescription(details.attachment_description);
    // The file is the report's data: what PDF/A-3 calls a "Data" associated file.
    file.getObjectHandle().replaceKey("/AFRelationship", QPDFObjectHandle::newName("/Data"));
    attachments.replaceEmbeddedFile(details.attachment_name, file);
    root.replaceKey("/AF", QPDFObjectHandle::newArray({file.getObjectHandle()}));

    QPDFWriter writer(pdf, output.c_str());
    // The identifier from the content, not the clock; WeasyPrint's streams are kept as they
    // are (only the new attachment is compressed; XMP metadata never is).
    writer.setDeterministicID(true);
    writer.setDecodeLevel(qpdf_dl_none);
    writer.setCompressStreams(true);
    writer.write();
    return true;
  } catch (const std::exception& failure) {
    *error = "cannot finish " + output.filename().string() + " as PDF/A-3: " + failure.what();
    return false;
  }
}

}  // namespace almanac

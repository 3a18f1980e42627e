/** The fictional demo office (Kecamatan Medan Marelan), loaded through the same use cases HR uses. */
package id.kinerja.demo;
